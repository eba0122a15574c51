package dev.slimline.image;

import java.nio.charset.StandardCharsets;

/** Resolves {@code config.User} ({@code name}, {@code uid}, {@code name:group}, ...) against the image's /etc/passwd. */
final class UserResolver {

    private UserResolver() {
    }

    static ImageReport.User resolve(String configured, byte[] passwd) {
        String user = configured.strip();
        int colon = user.indexOf(':');
        String who = colon >= 0 ? user.substring(0, colon) : user;
        if (who.isEmpty()) {
            return new ImageReport.User(configured, "root", 0);
        }
        boolean numeric = who.chars().allMatch(Character::isDigit);
        if (passwd != null) {
            for (String line : new String(passwd, StandardCharsets.UTF_8).split("\n")) {
                String[] fields = line.split(":", -1);
                if (fields.length < 3 || !fields[2].chars().allMatch(Character::isDigit) || fields[2].isEmpty()) {
                    continue;
                }
                if (numeric ? fields[2].equals(who) : fields[0].equals(who)) {
                    return new ImageReport.User(configured, fields[0], parseUid(fields[2]));
                }
            }
        }
        return numeric ? new ImageReport.User(configured, null, parseUid(who)) : new ImageReport.User(configured, who, null);
    }

    private static Integer parseUid(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
