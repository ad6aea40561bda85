/**
 * Deterministic stand-ins for the state registries, the e-gov consent channel and EDS verification, answering from
 * the bundled demo persons ({@code demo-persons.json}, read by {@link kz.medcert.adapters.registries.DemoPersons}).
 *
 * <ul>
 *   <li>{@code Stub*Registry}: the out-ports of R62–R69. A person not in the file gets empty answers, and
 *       {@code NO_DATA} from the prohibition service.</li>
 *   <li>Fault injection per registry with {@link kz.medcert.adapters.registries.RegistryBehaviours#parse}, e.g.
 *       {@code EDUCATION=fail-first:2,CERTIFICATES=timeout,ASSESSMENTS=garbage,EMPLOYMENT=latency:150ms} or
 *       {@code ALL=latency:200ms}; modes {@code ok}, {@code latency:<ms>}, {@code error}, {@code timeout[:<ms>]},
 *       {@code garbage}, {@code fail-first:<n>} (the first n calls for each person fail), combinable with {@code +}.
 *       Failures are {@code RegistryUnavailableException}s naming the registry; garbage alternates an answer that is
 *       not JSON with JSON that does not translate, whose exception escapes unclassified. The behaviours live in
 *       {@link kz.medcert.adapters.registries.RegistryFaults} and can be switched while the service runs.</li>
 *   <li>{@link kz.medcert.adapters.registries.StubConsentGateway}: the demo one-time code is always {@code 123456};
 *       it expires after 5 minutes and works once; persons whose scenario declines consent never confirm.</li>
 *   <li>{@link kz.medcert.adapters.registries.StubSignatureVerifier}: accepts only
 *       {@code DEMO-EDS:<iin>:<lowercase hex SHA-256 of the content>}; production calls the NCA RK PKI service.</li>
 * </ul>
 *
 * <p>Each demo person's {@link kz.medcert.adapters.registries.DemoScenario} states the application, the facts the
 * applicant declares and the evaluation the rules should reach; {@code DemoScenarioCoverageTest} checks them all.
 */
package kz.medcert.adapters.registries;
