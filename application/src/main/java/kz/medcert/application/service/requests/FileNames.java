package kz.medcert.application.service.requests;

/**
 * File names as the applicant's browser sent them, made safe to show: without control characters (a line break
 * would forge a line in a log or a header) and without format characters, among them the bidirectional controls that
 * make {@code invoice\u202Efdp.exe} read as {@code invoiceexe.pdf}, and line or paragraph separators.
 */
final class FileNames {

    private FileNames() {
    }

    static String clean(String name) {
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().filter(FileNames::shown).forEach(kept::appendCodePoint);
        return kept.toString().strip();
    }

    private static boolean shown(int codePoint) {
        int type = Character.getType(codePoint);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.LINE_SEPARATOR
                && type != Character.PARAGRAPH_SEPARATOR && type != Character.UNASSIGNED
                && type != Character.SURROGATE && type != Character.PRIVATE_USE;
    }
}
