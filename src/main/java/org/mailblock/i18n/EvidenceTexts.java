package org.mailblock.i18n;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates the evidence lines the rules write. Each English text under {@code evidence.*}
 * (and {@code age.*} for spans of time) is a pattern, with {@code {name}} where the rule puts in a
 * value; a line that matches one is written again from the other language's text with the same
 * values. A line that matches none stays as the rule wrote it.
 */
final class EvidenceTexts {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");
    private static final Map<Messages, List<Compiled>> CACHE = new ConcurrentHashMap<>();

    private record Compiled(String key, Pattern pattern, List<String> names) {
    }

    private EvidenceTexts() {
    }

    /** The line in the language of {@code target}, or the line itself when no pattern matches. */
    static String translate(String line, Messages english, Messages target) {
        if (line == null || target == english) {
            return line;
        }
        String out = apply(line, patterns(english, "evidence."), english, target);
        return out == null ? line : out;
    }

    private static String apply(String line, List<Compiled> patterns, Messages english, Messages target) {
        for (Compiled c : patterns) {
            Matcher m = c.pattern().matcher(line);
            if (!m.matches()) {
                continue;
            }
            Object[] values = new Object[c.names().size() * 2];
            for (int i = 0; i < c.names().size(); i++) {
                String name = c.names().get(i);
                String value = m.group(i + 1);
                if (name.equals("age")) {
                    String age = apply(value, patterns(english, "age."), english, target);
                    value = age == null ? value : age;
                }
                values[2 * i] = name;
                values[2 * i + 1] = value;
            }
            return target.format(c.key(), values);
        }
        return null;
    }

    /** The English patterns under a prefix, longest first, so that a specific text wins over a general one. */
    private static List<Compiled> patterns(Messages english, String prefix) {
        List<Compiled> all = CACHE.computeIfAbsent(english, EvidenceTexts::compile);
        return all.stream().filter(c -> c.key().startsWith(prefix)).toList();
    }

    private static List<Compiled> compile(Messages english) {
        List<Compiled> out = new ArrayList<>();
        for (String key : english.keys()) {
            if (!key.startsWith("evidence.") && !key.startsWith("age.")) {
                continue;
            }
            String text = english.text(key);
            Matcher m = PLACEHOLDER.matcher(text);
            StringBuilder regex = new StringBuilder();
            List<String> names = new ArrayList<>();
            int last = 0;
            while (m.find()) {
                regex.append(Pattern.quote(text.substring(last, m.start())));
                regex.append(m.group(1).equals("n") || m.group(1).equals("count") ? "(\\d+)" : "(.+?)");
                names.add(m.group(1));
                last = m.end();
            }
            regex.append(Pattern.quote(text.substring(last)));
            out.add(new Compiled(key, Pattern.compile(regex.toString(), Pattern.DOTALL), List.copyOf(names)));
        }
        out.sort(Comparator.comparingInt((Compiled c) -> -c.pattern().pattern().length()).thenComparing(Compiled::key));
        return List.copyOf(out);
    }
}
