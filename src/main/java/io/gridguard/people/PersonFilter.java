package io.gridguard.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.gridguard.shared.ScopeNode;
import io.gridguard.shared.ScopeSql;

/**
 * What a person list is narrowed to: free text (a full ID number, a phone number, or the start of a
 * name), a grid, a tag, floating population only. Always inside the caller's scope; merged records are hidden.
 */
public record PersonFilter(String text, Long gridId, PersonTag tag, Boolean floating, String idNumber) {

    private static final Pattern ID_LIKE = Pattern.compile("[0-9A-Za-z]{5,18}");
    private static final Pattern PHONE_LIKE = Pattern.compile("\\+?\\d{7,15}");

    public static PersonFilter byIdNumber(String idNumber) {
        return new PersonFilter(null, null, null, null, idNumber.strip().toUpperCase(Locale.ROOT));
    }

    public Where where(List<ScopeNode> scope) {
        StringBuilder sql = new StringBuilder(ScopeSql.where(scope)).append(" AND status = 'ACTIVE'");
        List<Object> params = new ArrayList<>(ScopeSql.params(scope));
        if (idNumber != null) {
            sql.append(" AND id_number = ?");
            params.add(idNumber);
        }
        if (text != null && !text.isBlank()) {
            String q = text.strip();
            if (PHONE_LIKE.matcher(q).matches() && q.length() <= 15 && !q.matches("\\d{15}|\\d{17}[\\dXx]")) {
                sql.append(" AND (phone = ? OR id_number = ?)");
                params.add(q);
                params.add(q);
            } else if (ID_LIKE.matcher(q).matches() && q.chars().anyMatch(Character::isDigit)) {
                sql.append(" AND id_number = ?");
                params.add(q.toUpperCase(Locale.ROOT));
            } else {
                sql.append(" AND name LIKE ?");
                params.add(q.replace("%", "").replace("_", "") + "%");
            }
        }
        if (gridId != null) {
            sql.append(" AND grid_id = ?");
            params.add(gridId);
        }
        if (tag != null) {
            sql.append(" AND id IN (SELECT person_id FROM person_tag WHERE tag = ?)");
            params.add(tag.name());
        }
        if (Boolean.TRUE.equals(floating)) {
            sql.append(" AND floating = TRUE");
        }
        return new Where(sql.toString(), params);
    }

    public record Where(String sql, List<Object> params) {
    }
}
