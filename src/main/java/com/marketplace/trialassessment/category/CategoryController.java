package com.marketplace.trialassessment.category;

import java.net.URI;

import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.marketplace.trialassessment.common.NotFoundException;
import com.marketplace.trialassessment.common.PageResponse;
import com.marketplace.trialassessment.common.Paging;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/categories")
@Tag(name = "Categories and targets")
class CategoryController {

    private final CategoryService service;

    CategoryController(CategoryService service) {
        this.service = service;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(summary = "Create a category with target version 1")
    ResponseEntity<CategoryResponse> create(@Valid @RequestBody CreateCategoryRequest request) {
        Category category = service.create(request);
        return ResponseEntity.created(URI.create("/api/categories/" + category.code()))
                .body(CategoryResponse.of(category));
    }

    @GetMapping
    @Operation(summary = "List categories, ordered by code")
    PageResponse<CategoryResponse> list(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return PageResponse.of(service.list(Paging.of(page, size, Sort.by("code"))), c -> c);
    }

    @GetMapping("/{code}")
    @Operation(summary = "A category with its target version history")
    CategoryResponse get(@PathVariable String code) {
        return CategoryResponse.of(service.get(code));
    }

    @GetMapping("/{code}/target-versions/{version}")
    @Operation(summary = "One target version of a category")
    CategoryResponse.TargetVersionResponse getTargetVersion(@PathVariable String code, @PathVariable int version) {
        return service.get(code).targetVersions().stream()
                .filter(v -> v.version() == version)
                .findFirst()
                .map(CategoryResponse.TargetVersionResponse::of)
                .orElseThrow(() -> new NotFoundException(CategoryMessages.TARGET_VERSION_NOT_FOUND,
                        code + "/" + version));
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{code}/target-versions")
    @Operation(summary = "Add a target version, effective from a date later than every existing version's")
    ResponseEntity<CategoryResponse.TargetVersionResponse> addTargetVersion(@PathVariable String code,
            @Valid @RequestBody NewTargetVersionRequest request) {
        TargetVersion version = service.addTargetVersion(code, request);
        return ResponseEntity.created(URI.create("/api/categories/" + code + "/target-versions/" + version.version()))
                .body(CategoryResponse.TargetVersionResponse.of(version));
    }
}
