# syntax=docker/dockerfile:1

# Build: the Maven wrapper on a full JDK. The cache mount keeps ~/.m2 (Maven itself and the
# dependencies) between builds; it needs BuildKit, which docker compose v2 uses by default.
FROM eclipse-temurin:17.0.17_10-jdk-noble AS build
WORKDIR /workspace
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY src/ src/
RUN --mount=type=cache,target=/root/.m2 \
    chmod +x mvnw && ./mvnw -B -DskipTests package \
    && cp target/trial-assessment-*.jar /workspace/app.jar

# Run: only a JRE and the jar, as an unprivileged user.
FROM eclipse-temurin:17.0.17_10-jre-noble
RUN groupadd --system app && useradd --system --gid app --no-create-home app
WORKDIR /app
COPY --from=build /workspace/app.jar app.jar
USER app
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
