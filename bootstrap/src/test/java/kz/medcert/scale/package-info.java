/**
 * Tools for the scale measurements (scripts/bench-scale.sh, docs/benchmarks.md section Scale): a generator of a
 * realistic register as CSV, a generator of applications written through the real repository, an embedded
 * PostgreSQL server, and a harness that times verification lookups and the expiry report. They are mains in the test
 * scope, so that the service's jar carries no data generators; none of them runs in {@code mvn verify}.
 */
package kz.medcert.scale;
