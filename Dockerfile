# syntax=docker/dockerfile:1

# Build: the Maven wrapper on a full JDK.
# The cache mount keeps ~/.m2 (Maven itself and the dependencies) between builds; it needs BuildKit,
# which docker compose v2 uses by default. The jar is then split into Spring Boot's layers, so an
# image rebuilt after a code change reuses the layer of the dependencies.
FROM eclipse-temurin:17.0.17_10-jdk-noble AS build
WORKDIR /workspace
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY src/ src/
RUN --mount=type=cache,target=/root/.m2 \
    chmod +x mvnw && ./mvnw -B -DskipTests package \
    && cp target/trial-assessment-*.jar /workspace/app.jar \
    && java -Djarmode=tools -jar /workspace/app.jar extract --layers --launcher --destination /workspace/extracted

# Run: only a JRE and the layers, as an unprivileged user. The heap is a share of the container's
# memory limit, not of the host's.
FROM eclipse-temurin:17.0.17_10-jre-noble
RUN groupadd --system app && useradd --system --gid app --no-create-home app
WORKDIR /app
COPY --from=build /workspace/extracted/dependencies/ ./
COPY --from=build /workspace/extracted/spring-boot-loader/ ./
COPY --from=build /workspace/extracted/snapshot-dependencies/ ./
COPY --from=build /workspace/extracted/application/ ./
USER app
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "org.springframework.boot.loader.launch.JarLauncher"]
