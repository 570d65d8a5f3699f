package com.marketplace.trialassessment.category;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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

    private final Categories categories;
    private final TargetVersions targetVersions;
    private final JdbcTemplate jdbc;

    CategoryCatalog(Categories categories, TargetVersions targetVersions, JdbcTemplate jdbc) {
        this.categories = categories;
        this.targetVersions = targetVersions;
        this.jdbc = jdbc;
    }

    /** The target versions of each category, by {@code effectiveFrom}, with one statement for all of them. */
    public Map<Long, List<VersionInForce>> versionsOf(Collection<Long> categoryIds) {
        Map<Long, List<VersionInForce>> versions = new HashMap<>();
        if (categoryIds.isEmpty()) {
            return versions;
        }
        Long[] ids = categoryIds.stream().distinct().toArray(Long[]::new);
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement("""
                    select category_id, id, version, effective_from from target_version
                     where category_id = any(?) order by category_id, effective_from""");
            statement.setArray(1, connection.createArrayOf("bigint", ids));
            return statement;
        }, (RowCallbackHandler) rs -> versions.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                .add(new VersionInForce(rs.getLong(2), rs.getInt(3), rs.getObject(4, LocalDate.class))));
        return versions;
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
        return targetVersions.findById(id).orElseThrow(() -> new NotFoundException("Target version", id));
    }
}
