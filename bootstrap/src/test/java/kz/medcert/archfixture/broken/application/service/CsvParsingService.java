package kz.medcert.archfixture.broken.application.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Breaks applicationReadsNoFileFormat: a use case that splits CSV lines itself. */
public final class CsvParsingService {
    public List<String> firstRecord(InputStream file) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(file, StandardCharsets.UTF_8));
        return List.of(reader.readLine().split(","));
    }
}
