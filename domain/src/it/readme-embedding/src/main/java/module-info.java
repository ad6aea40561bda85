/** README's example as a named module: the rules jar is the automatic module its manifest names. */
module example.embedding {
    requires kz.medcert.domain;
}
