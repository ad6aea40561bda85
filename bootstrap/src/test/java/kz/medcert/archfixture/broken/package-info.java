/**
 * Fixtures that each break exactly one rule of {@code HexagonalRules} (see ArchitectureRulesFailWhenBrokenTest);
 * classes not named there are legitimate targets of those violations. Never imported by ArchitectureTest.
 */
package kz.medcert.archfixture.broken;
