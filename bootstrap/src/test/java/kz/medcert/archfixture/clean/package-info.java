/**
 * A small hexagon that obeys every rule of {@code HexagonalRules}, with a class in every layer, so that
 * ArchitectureRulesFailWhenBrokenTest shows the rules are not failing trivially. Never imported by ArchitectureTest.
 */
package kz.medcert.archfixture.clean;
