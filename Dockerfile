# Builds the API from this repository and runs it on a JRE (used by compose.yaml).
FROM eclipse-temurin:25-jdk AS build
# The ui module is built by Maven with Node 20+ and npm (the screens served at /app/), taken from the official image.
COPY --from=node:20-bookworm-slim /usr/local/bin/node /usr/local/bin/node
COPY --from=node:20-bookworm-slim /usr/local/lib/node_modules /usr/local/lib/node_modules
RUN ln -s /usr/local/lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \
 && ln -s /usr/local/lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx
WORKDIR /src
COPY . .
RUN ./mvnw -q -B -pl api -am package -DskipTests

FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 memberpulse
USER memberpulse
COPY --from=build /src/api/target/api-*.jar /app/api.jar
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/api.jar"]
