package com.marketplace.trialassessment.data;

import java.io.IOException;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Uploads of many stores' data at once, as a data feed delivers it: the body is read as a stream,
 * never held whole in memory, and stored all rows or none. A few uploads at a time per instance
 * ({@code trial.bulk.max-concurrent-uploads}); one more answers {@code 503} before its body is read.
 */
@RestController
@RequestMapping("/api/bulk")
@Tag(name = "Bulk upload")
class BulkController {

    private final BulkIngestionService service;

    BulkController(BulkIngestionService service) {
        this.service = service;
    }

    @PostMapping(path = "/daily-sales", consumes = {BulkFormat.CSV_MEDIA_TYPE, BulkFormat.NDJSON_MEDIA_TYPE})
    @Operation(summary = "Store daily sales of many stores: CSV storeId,date,amount or NDJSON, one row per line. "
            + "A store's day sent again replaces its amount. All rows or none; invalid rows are named by line. "
            + "503 with Retry-After when the instance is taking as many uploads as it may; 408 when the body "
            + "arrives too slowly.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = BulkFormat.CSV_MEDIA_TYPE, schema = @Schema(type = "string"),
                            examples = @ExampleObject("storeId,date,amount\n7,2026-03-01,1520.50\n7,2026-03-02,0\n")),
                    @Content(mediaType = BulkFormat.NDJSON_MEDIA_TYPE, schema = @Schema(type = "string"),
                            examples = @ExampleObject("{\"storeId\":7,\"date\":\"2026-03-01\",\"amount\":1520.50}\n"))}))
    StoredCount dailySales(HttpServletRequest request) throws IOException {
        return ingest(FigureKind.DAILY_SALES, request);
    }

    @PostMapping(path = "/service-scores", consumes = {BulkFormat.CSV_MEDIA_TYPE, BulkFormat.NDJSON_MEDIA_TYPE})
    @Operation(summary = "Store service-score snapshots of many stores: CSV storeId,date,score or NDJSON, one row "
            + "per line. A store's date sent again replaces its score. All rows or none; invalid rows are named by line. "
            + "503 with Retry-After when the instance is taking as many uploads as it may; 408 when the body "
            + "arrives too slowly.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = BulkFormat.CSV_MEDIA_TYPE, schema = @Schema(type = "string"),
                            examples = @ExampleObject("storeId,date,score\n7,2026-06-20,4.72\n")),
                    @Content(mediaType = BulkFormat.NDJSON_MEDIA_TYPE, schema = @Schema(type = "string"),
                            examples = @ExampleObject("{\"storeId\":7,\"date\":\"2026-06-20\",\"score\":4.72}\n"))}))
    StoredCount serviceScores(HttpServletRequest request) throws IOException {
        return ingest(FigureKind.SERVICE_SCORE, request);
    }

    private StoredCount ingest(FigureKind kind, HttpServletRequest request) throws IOException {
        BulkFormat format = BulkFormat.of(MediaType.parseMediaType(request.getContentType()));
        return new StoredCount(service.ingest(kind, format, request.getInputStream(), request.getContentLengthLong()));
    }
}
