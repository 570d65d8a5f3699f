package com.marketplace.trialassessment.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface Stores extends JpaRepository<Store, Long>, JpaSpecificationExecutor<Store> {

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

    /** Locks the stores, in id order so that concurrent lockers cannot deadlock. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Store s where s.id in :ids order by s.id")
    List<Store> findAllForUpdate(Collection<Long> ids);

    /** Serialises everything that decides checkpoints or changes the status of one store. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Store s where s.id = :id")
    Optional<Store> findForUpdate(long id);
}
