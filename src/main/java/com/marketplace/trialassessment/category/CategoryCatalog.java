package com.marketplace.trialassessment.category;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.marketplace.trialassessment.common.NotFoundException;

/** What other features ask of categories. */
@Component
public class CategoryCatalog {

    private static final String VERSIONS_OF = """
            select category_id, id, version, effective_from
              from target_version
             where category_id = any(?)
             order by category_id, effective_from""";

    private final Categories categories;
    private final TargetVersions targetVersions;
    private final JdbcTemplate jdbc;
    /** Category codes by id: a code never changes, so each is read once. */
    private final Map<Long, String> codes = new java.util.concurrent.ConcurrentHashMap<>();

    CategoryCatalog(Categories categories, TargetVersions targetVersions, JdbcTemplate jdbc) {
        this.categories = categories;
        this.targetVersions = targetVersions;
        this.jdbc = jdbc;
    }

    /** The code of category {@code id}, from memory after the first time, or {@link NotFoundException}. */
    public String code(long id) {
        String code = codes.get(id);
        if (code == null) {
            code = jdbc.query("select code from category where id = ?", (rs, n) -> rs.getString(1), id).stream()
                    .findFirst().orElseThrow(() -> new NotFoundException(CategoryMessages.NOT_FOUND, id));
            codes.putIfAbsent(id, code);
        }
        return code;
    }

    @Transactional(readOnly = true)
    public Optional<Category> find(String code) {
        return categories.findByCode(code);
    }

    /**
     * The target version with its targets (loaded eagerly), or {@link NotFoundException}. Versions are
     * never edited, so callers may keep what this returns for as long as they like.
     */
    @Transactional(readOnly = true)
    public TargetVersion targetVersion(long id) {
        return targetVersions.findById(id)
                .orElseThrow(() -> new NotFoundException(CategoryMessages.TARGET_VERSION_NOT_FOUND, id));
    }

    /**
     * The target versions of each of {@code categoryIds}, oldest {@code effectiveFrom} first, in one
     * statement however many categories there are: what a caller needs to pick the version in force on
     * a date ({@link VersionInForce#inForceOn}). A category that does not exist has no entry. Versions
     * are only ever added, each later than the last, so a version once answered is answered again with
     * the same figures.
     */
    public Map<Long, List<VersionInForce>> versionsOf(Collection<Long> categoryIds) {
        Map<Long, List<VersionInForce>> versions = new LinkedHashMap<>();
        if (categoryIds.isEmpty()) {
            return versions;
        }
        Long[] ids = categoryIds.stream().distinct().toArray(Long[]::new);
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(VERSIONS_OF);
            statement.setArray(1, connection.createArrayOf("bigint", ids));
            return statement;
        }, (RowCallbackHandler) rs -> versions.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                .add(new VersionInForce(rs.getLong(2), rs.getInt(3), rs.getObject(4, LocalDate.class))));
        versions.replaceAll((id, list) -> List.copyOf(list));
        return versions;
    }
}
