package com.marketplace.trialassessment.store;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import com.marketplace.trialassessment.rules.DecisionKind;
import com.marketplace.trialassessment.rules.StoreStatus;

interface Stores extends JpaRepository<Store, Long>, JpaSpecificationExecutor<Store> {

    String VIEW = "select new com.marketplace.trialassessment.store.StoreView(s.id, s.name, s.merchantId, c.id, "
            + "c.code, v.id, s.status, s.standing, s.launchDate, s.nextDecision, s.nextDecisionNumber, "
            + "s.nextDecisionOn, s.nextCheckpoint) "
            + "from Store s join s.category c join s.targetVersion v ";

    @Override
    @EntityGraph(attributePaths = {"category", "targetVersion"})
    Page<Store> findAll(Specification<Store> spec, Pageable pageable);

    /**
     * The store with its category and agreement, in one query. Fetch joins written in the query (not an
     * {@code @EntityGraph}) let Hibernate cache the query's translation: with an entity graph it is
     * translated again on every call, which cost a third of the CPU of {@code GET .../assessment}.
     */
    @Query("select s from Store s join fetch s.category join fetch s.targetVersion v join fetch v.targets where s.id = :id")
    Optional<Store> findWithAgreement(long id);

    @Query("select s.merchantId from Store s where s.id = :id")
    Optional<String> findMerchantIdById(long id);

    @Query(VIEW + "where s.id = :id")
    Optional<StoreView> findView(long id);

    @Query(VIEW + "where s.status = :status and c.id = :categoryId order by s.id")
    List<StoreView> findViewsByStatusAndCategoryId(StoreStatus status, long categoryId);

    /** Stores in {@code status}, in {@code categoryCode} when it is given, by id. */
    @Query(VIEW + "where s.status = :status and (:categoryCode is null or c.code = :categoryCode) order by s.id")
    List<StoreView> findViewsByStatus(StoreStatus status, String categoryCode);

    /** Stores on trial (their next checkpoint is not null) with next checkpoint {@code number} and in the category, when given, by id. */
    @Query(VIEW + "where s.nextCheckpoint is not null "
            + "and (:number is null or s.nextCheckpoint = :number) "
            + "and (:categoryCode is null or c.code = :categoryCode) order by s.id")
    List<StoreView> findViewsByNextCheckpoint(Integer number, String categoryCode);

    @Query("select new com.marketplace.trialassessment.store.ReviewComing(s.id, s.merchantId, s.rectificationYear, "
            + "s.rectificationFrom, s.rectificationTo, s.rectificationReviewDue) from Store s "
            + "where s.status = :status and s.rectificationReviewDue between :from and :to order by s.id")
    List<ReviewComing> findReviewsDueBetween(StoreStatus status, java.time.LocalDate from, java.time.LocalDate to);

    @Query("select s.status, count(s) from Store s group by s.status")
    List<Object[]> countByStatus();

    @Query("select s.nextCheckpoint, count(s) from Store s where s.nextCheckpoint is not null "
            + "group by s.nextCheckpoint")
    List<Object[]> countByNextCheckpoint();
}
