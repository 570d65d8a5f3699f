# syntax=docker/dockerfile:1

# Build: the Maven wrapper on a full JDK.
# The cache mount keeps ~/.m2 (Maven itself and the dependencies) between builds; it needs BuildKit,
# which docker compose v2 uses by default. The jar is then split into Spring Boot's layers
# (jarmode=tools extract --layers), so an image rebuilt after a code change reuses the layer of the
# dependencies.
# Base images pinned by digest (the tag's multi-platform manifest list), so a build takes exactly the
# image it was tested with; refresh both with `docker buildx imagetools inspect <tag>` (or Renovate).
# Java 25 (pom.xml's java.version): the build's JDK is the toolchain the Maven build selects.
FROM eclipse-temurin:25.0.1_8-jdk@sha256:adc4533ea69967c783ac2327dac7ff548fcf6401a7e595e723b414c0a7920eb2 AS build
WORKDIR /workspace
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY src/ src/
RUN --mount=type=cache,target=/root/.m2 \
    chmod +x mvnw && ./mvnw -B -DskipTests package \
    && cp target/trial-assessment-*.jar /workspace/trial-assessment.jar \
    && java -Djarmode=tools -jar /workspace/trial-assessment.jar extract --layers --destination /workspace/extracted

# Run: only a JRE and the layers, as an unprivileged user. The heap is a share of the container's
# memory limit, not of the host's.
FROM eclipse-temurin:25.0.1_8-jre-noble@sha256:d8dd4342b7dbb5a9c06d0499eecca86315346acc6a20026080642610344ceb2c
RUN groupadd --system app && useradd --system --gid app --no-create-home app
WORKDIR /app
COPY --from=build /workspace/extracted/dependencies/ ./
COPY --from=build /workspace/extracted/spring-boot-loader/ ./
COPY --from=build /workspace/extracted/snapshot-dependencies/ ./
COPY --from=build /workspace/extracted/application/ ./
# The AOT cache (JEP 483/514, Java 25): a training run starts the application context and exits, and
# the JVM writes the classes it loaded and linked into a cache that later starts map instead of
# loading them again: ready in about 7 s instead of 12 to 16 on two cores (docs/benchmarks.md,
# *Start-up*). No database at build time, so the run leaves out what would connect to one (Flyway,
# Hibernate's schema check and its reading of the database's metadata); their classes are then
# loaded at start as without a cache. A training run that fails fails the build, and an empty cache too.
RUN java -XX:AOTCacheOutput=/app/trial-assessment.aot -Dspring.context.exit=onRefresh \
        -jar /app/trial-assessment.jar --spring.flyway.enabled=false --spring.jpa.hibernate.ddl-auto=none \
        --spring.jpa.properties.hibernate.boot.allow_jdbc_metadata_access=false \
        --spring.jpa.database-platform=org.hibernate.dialect.PostgreSQLDialect \
        --trial.security.hmac-secret=class-data-sharing-training-run-only-never-used \
    && test -s /app/trial-assessment.aot
USER app
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-XX:AOTCache=/app/trial-assessment.aot", "-jar", "/app/trial-assessment.jar"]
