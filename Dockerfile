# Builds the API from this repository and runs it on a JRE (used by compose.yaml).
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -q -B -pl api -am package -DskipTests

FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 memberpulse
USER memberpulse
COPY --from=build /src/api/target/api-*.jar /app/api.jar
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/api.jar"]
