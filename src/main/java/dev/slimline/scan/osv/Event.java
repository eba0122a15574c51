package dev.slimline.scan.osv;

/** One range event: {@code {"introduced": "1.0"}} and its kin. */
public record Event(Kind kind, String version) {

    public enum Kind {
        INTRODUCED("introduced"), FIXED("fixed"), LAST_AFFECTED("last_affected"), LIMIT("limit");

        private final String jsonName;

        Kind(String jsonName) {
            this.jsonName = jsonName;
        }

        public String jsonName() {
            return jsonName;
        }
    }
}
