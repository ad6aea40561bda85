# MedCert KZ as a container: the jar README's build makes, on the official Eclipse Temurin JRE, run by an unprivileged
# user. Build the jar first, then the image (README, "Deployment"):
#   mvn -B -q -DskipTests package && docker build -t medcert-kz:0.1.0 .
# The build context holds nothing but that jar (.dockerignore). Arguments after the image name run the jar's commands
# instead of the service (token, import-register, verify-audit).
FROM eclipse-temurin:21.0.9_10-jre-noble

# a system user of its own, with a fixed uid so that files and secrets can be given to it on the host
RUN groupadd --system --gid 10001 medcert \
    && useradd --system --uid 10001 --gid medcert --home-dir /var/lib/medcert --no-create-home \
        --shell /usr/sbin/nologin medcert \
    && mkdir -p /opt/medcert /var/lib/medcert \
    && chown medcert:medcert /var/lib/medcert

# owned by root and read-only to the service: it cannot replace its own code
COPY bootstrap/target/medcert-service.jar /opt/medcert/medcert-service.jar

# MEDCERT_DATA_DIR defaults to ./data: here /var/lib/medcert/data, the volume compose.yaml mounts
WORKDIR /var/lib/medcert
USER 10001:10001

# the API (MEDCERT_PORT) and the metrics' own port (MEDCERT_METRICS_PORT, as compose.yaml sets it)
EXPOSE 8080 9464

# ready = the database answers and the registry worker runs; bash's /dev/tcp, so the probe needs no curl in the image
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${MEDCERT_PORT:-8080} && printf 'GET /health/ready HTTP/1.0\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]

# SIGTERM (docker stop) runs the service's shutdown hook: no new requests, the workers finish, the database closes
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/opt/medcert/medcert-service.jar"]
