package org.mailblock.ingest;

import org.mailblock.ingest.bounce.BounceImport;
import org.mailblock.ingest.bounce.BounceReader;
import org.mailblock.ingest.export.DirectorySubscription;
import org.mailblock.ingest.export.ExportImport;
import org.mailblock.ingest.export.ExportKind;
import org.mailblock.ingest.export.ExportReader;
import org.mailblock.ingest.export.ExportedMailbox;
import org.mailblock.ingest.export.RegisteredUser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.mailblock.facts.AcceptedDomain;
import org.mailblock.facts.Admin;
import org.mailblock.facts.Connector;
import org.mailblock.facts.FactProblem;
import org.mailblock.facts.FactsValidator;
import org.mailblock.facts.LimitsEnforcementStatus;
import org.mailblock.facts.Ndr;
import org.mailblock.facts.OutboundSpamPolicy;
import org.mailblock.facts.Subscription;
import org.mailblock.facts.SubscriptionStatus;
import org.mailblock.facts.Tenant;
import org.mailblock.facts.TenantFacts;
import org.mailblock.facts.User;

/**
 * Imports bounce messages and Exchange Online / Graph exports into one set of tenant facts. Each input
 * is read on its own: one that fails is reported and the others are still imported. Facts the inputs
 * do not hold are left unknown, never invented.
 *
 * <pre>{@code
 * ImportResult result = new FactImporter().importInputs(new ImportRequest(
 *         List.of(Path.of("bounce.eml")), List.of(Path.of("exports")), null, null));
 * if (result.complete()) {
 *     String yaml = FactFileWriter.write(result);
 * }
 * }</pre>
 */
public final class FactImporter {

    private static final Pattern REFUSED_ADDRESS = Pattern.compile("^connectors\\[(\\d+)]\\.senderIpAddresses\\[(\\d+)]$");

    private static final List<SubscriptionStatus> WORST_FIRST = List.of(SubscriptionStatus.LOCKED_OUT,
            SubscriptionStatus.SUSPENDED, SubscriptionStatus.WARNING, SubscriptionStatus.ENABLED, SubscriptionStatus.DELETED);

    private final BounceReader bounceReader = new BounceReader();
    private final ExportReader exportReader = new ExportReader();

    /** Told after each bounce message is read, so that a folder of thousands shows how far the import is. */
    @FunctionalInterface
    public interface Progress {
        /** Nothing to tell. */
        Progress NONE = (done, total) -> { };

        void read(int done, int total);
    }

    public ImportResult importInputs(ImportRequest request) {
        return importInputs(request, Progress.NONE);
    }

    /** Imports the inputs, telling {@code progress} after each bounce message. */
    public ImportResult importInputs(ImportRequest request, Progress progress) {
        List<InputProblem> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<ImportedNdr> ndrs = new ArrayList<>();
        List<ExportImport> exports = new ArrayList<>();

        List<Path> bounceFiles = expand(request.bounces(), p -> true, problems, warnings);
        int done = 0;
        for (Path file : bounceFiles) {
            readBounce(file.toString(), () -> bounceReader.read(file), ndrs, problems, warnings);
            progress.read(++done, bounceFiles.size());
        }
        List<Path> exportFiles = expand(request.exports(),
                p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"), problems, warnings);
        for (Path file : exportFiles) {
            try {
                ExportImport export = exportReader.read(file);
                exports.add(export);
                export.notes().forEach(n -> warnings.add(export.source() + ": " + n));
            } catch (InputException e) {
                problems.add(e.problem());
            }
        }
        return merge(request, ndrs, exports, problems, warnings, bounceFiles.size());
    }

    /**
     * Imports bounce messages held in memory (pasted or uploaded, never written to disk) exactly as
     * {@link #importInputs} imports bounce message files.
     *
     * @param messages    the messages, each named as problems and warnings should name it
     * @param collectedAt the fact file's collectedAt; {@code null} to take the newest time in the messages
     * @param tenantName  the tenant's initial domain; {@code null} to take it from the messages
     * @return the outcome, as for files
     */
    public ImportResult importMessages(List<BounceInput> messages, Instant collectedAt, String tenantName) {
        List<InputProblem> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<ImportedNdr> ndrs = new ArrayList<>();
        for (BounceInput message : messages) {
            readBounce(message.source(), () -> bounceReader.read(message.source(), message.bytes()), ndrs, problems, warnings);
        }
        return merge(new ImportRequest(List.of(), List.of(), collectedAt, tenantName), ndrs, List.of(), problems, warnings,
                messages.size());
    }

    /** Reading one bounce message, which may fail. */
    @FunctionalInterface
    private interface BounceRead {
        BounceImport read() throws InputException;
    }

    private static void readBounce(String source, BounceRead read, List<ImportedNdr> ndrs, List<InputProblem> problems,
                                   List<String> warnings) {
        try {
            BounceImport bounce = read.read();
            ndrs.addAll(bounce.ndrs());
            bounce.warnings().forEach(w -> warnings.add(bounce.source() + ": " + w));
        } catch (InputException e) {
            problems.add(e.problem());
        } catch (RuntimeException unexpected) {
            // one message that breaks the reader must not cost the thousands beside it
            problems.add(InputProblem.of(source, "could not be read (" + unexpected.getClass().getSimpleName() + "); skipped"));
        }
    }

    /** Files as given; folders replaced by their files (sorted by name, hidden files skipped). */
    private static List<Path> expand(List<Path> inputs, Predicate<Path> wanted, List<InputProblem> problems, List<String> warnings) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.isDirectory(input)) {
                files.add(input);
                continue;
            }
            try (Stream<Path> listing = Files.list(input)) {
                List<Path> inFolder = listing.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().startsWith("."))
                        .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                        .toList();
                for (Path p : inFolder) {
                    if (wanted.test(p)) {
                        files.add(p);
                    } else {
                        warnings.add(p + ": skipped, not a .json file");
                    }
                }
                if (inFolder.isEmpty()) {
                    problems.add(InputProblem.of(input.toString(), "is a folder without files to read (subfolders are not read)"));
                }
            } catch (IOException e) {
                problems.add(InputProblem.of(input.toString(), "cannot be read: " + e.getMessage()));
            }
        }
        return files;
    }

    private static ImportResult merge(ImportRequest request, List<ImportedNdr> ndrs, List<ExportImport> exports,
                                      List<InputProblem> problems, List<String> warnings, int bounceCount) {
        Map<String, String> provenance = new HashMap<>();
        Sections sections = new Sections(exports);
        sections.files.forEach((kind, files) -> provenance.put("exports." + kind, String.join(", ", files)));

        List<Admin> admins = sections.registered == null ? null : admins(sections.registered);
        List<User> users = ImportedUsers.of(sections.registered, sections.mailboxes, sections.blockedSenders, ndrs);
        Subscription subscription = null;
        Boolean trial = null;
        if (sections.subscriptions != null) {
            SubscriptionStatus status = subscriptionStatus(sections.subscriptions);
            // Graph keeps no history: when the subscription expired or was renewed is not in the export
            subscription = status == null ? null : new Subscription(status, null, null);
            trial = trial(sections.subscriptions);
            if (trial != null) {
                provenance.put("tenant.trial", sections.filesOf(ExportKind.DIRECTORY_SUBSCRIPTIONS) + " (IsTrial of the subscriptions not deleted)");
            }
        }
        String tenantName = tenantName(request, sections, ndrs, provenance, warnings);
        Instant collectedAt = collectedAt(request, ndrs, exports, provenance);

        List<String> blockers = new ArrayList<>();
        if (ndrs.isEmpty()) {
            blockers.add("no NDR could be imported, and a fact file needs at least one: name bounce messages with 'ndr'");
        } else {
            if (tenantName == null) {
                blockers.add("the tenant's name is in none of the inputs: give it with --tenant (for example contoso.onmicrosoft.com)");
            }
            if (collectedAt == null) {
                blockers.add("no input carries a date: give the collection time with --collected-at (for example 2026-11-20T10:00:00Z)");
            }
        }
        if (!blockers.isEmpty()) {
            return new ImportResult(null, ndrs, exports, problems, warnings, blockers, provenance, bounceCount);
        }

        TenantFacts.Builder builder = TenantFacts.builder(collectedAt, tenantName)
                .tenant(new Tenant(tenantName, trial, null, null))
                .acceptedDomains(sections.acceptedDomains)
                .connectors(withoutRefusedAddresses(sections.connectors, exports, warnings))
                .admins(admins)
                .users(users)
                .subscription(subscription)
                .outboundSpamPolicies(sections.spamPolicies)
                .limitsEnforcementStatus(sections.limits);
        ndrs.forEach(n -> builder.ndr(n.ndr()));
        return new ImportResult(builder.build(), ndrs, exports, problems, warnings, blockers, provenance, bounceCount);
    }

    /** The exports' contents by fact file section ({@code null} where no export gave it), and which files gave each. */
    private static final class Sections {
        List<AcceptedDomain> acceptedDomains;
        List<Connector> connectors;
        List<RegisteredUser> registered;
        List<DirectorySubscription> subscriptions;
        List<OutboundSpamPolicy> spamPolicies;
        List<String> blockedSenders;
        List<ExportedMailbox> mailboxes;
        LimitsEnforcementStatus limits;
        String initialDomain;
        String initialDomainSource;
        final Map<String, List<String>> files = new LinkedHashMap<>();

        Sections(List<ExportImport> exports) {
            for (ExportImport export : exports) {
                switch (export.kind()) {
                    case ACCEPTED_DOMAINS -> acceptedDomains = append(acceptedDomains, export.acceptedDomains());
                    case INBOUND_CONNECTORS, OUTBOUND_CONNECTORS -> connectors = append(connectors, export.connectors());
                    case USER_REGISTRATION_DETAILS -> registered = append(registered, export.users());
                    case DIRECTORY_SUBSCRIPTIONS -> subscriptions = append(subscriptions, export.subscriptions());
                    case OUTBOUND_SPAM_POLICIES -> spamPolicies = append(spamPolicies, export.spamPolicies());
                    case BLOCKED_SENDERS -> blockedSenders = append(blockedSenders, export.blockedSenders());
                    case MAILBOXES -> mailboxes = append(mailboxes, export.mailboxes());
                    case LIMITS_ENFORCEMENT_STATUS -> limits = limits == null ? export.limits() : limits;
                }
                files.computeIfAbsent(export.kind().name(), k -> new ArrayList<>()).add(export.source());
                if (initialDomain == null && export.initialDomain() != null) {
                    initialDomain = export.initialDomain();
                    initialDomainSource = export.source();
                }
            }
            acceptedDomains = distinctBy(acceptedDomains, AcceptedDomain::name);
            connectors = distinctBy(connectors, c -> c.direction() + " " + c.name());
            registered = distinctBy(registered, RegisteredUser::upn);
            spamPolicies = distinctBy(spamPolicies, OutboundSpamPolicy::name);
            blockedSenders = distinctBy(blockedSenders, address -> address);
            mailboxes = distinctBy(mailboxes, ExportedMailbox::upn);
        }

        String filesOf(ExportKind kind) {
            return String.join(", ", files.getOrDefault(kind.name(), List.of()));
        }
    }

    /** Admins from the registration report; it says who is an admin, not which roles, so roles stay unknown. */
    private static List<Admin> admins(List<RegisteredUser> registered) {
        List<Admin> admins = new ArrayList<>();
        for (RegisteredUser u : registered) {
            if (Boolean.TRUE.equals(u.admin())) {
                admins.add(new Admin(u.upn(), null, u.mfaRegistered()));
            }
        }
        return admins;
    }

    private static List<DirectorySubscription> notDeleted(List<DirectorySubscription> subscriptions) {
        List<DirectorySubscription> live = subscriptions.stream().filter(s -> s.status() != SubscriptionStatus.DELETED).toList();
        return live.isEmpty() ? subscriptions : live;
    }

    /** The least healthy status among the paid subscriptions (among all, when every one is a trial). */
    private static SubscriptionStatus subscriptionStatus(List<DirectorySubscription> subscriptions) {
        List<DirectorySubscription> live = notDeleted(subscriptions);
        List<DirectorySubscription> paid = live.stream().filter(s -> !Boolean.TRUE.equals(s.trial())).toList();
        List<DirectorySubscription> counted = paid.isEmpty() ? live : paid;
        return WORST_FIRST.stream().filter(st -> counted.stream().anyMatch(s -> s.status() == st)).findFirst().orElse(null);
    }

    /** A trial tenant when every subscription is a trial, not one when any is paid; unknown otherwise. */
    private static Boolean trial(List<DirectorySubscription> subscriptions) {
        List<DirectorySubscription> live = notDeleted(subscriptions);
        if (live.stream().anyMatch(s -> Boolean.FALSE.equals(s.trial()))) {
            return Boolean.FALSE;
        }
        return !live.isEmpty() && live.stream().allMatch(s -> Boolean.TRUE.equals(s.trial())) ? Boolean.TRUE : null;
    }

    /** --tenant; else the *.onmicrosoft.com accepted domain or UPN; else, with a warning, the bounced mail's sender domain. */
    private static String tenantName(ImportRequest request, Sections sections, List<ImportedNdr> ndrs,
                                     Map<String, String> provenance, List<String> warnings) {
        if (request.tenantName() != null) {
            provenance.put("tenant.name", "given with --tenant");
            return request.tenantName();
        }
        if (sections.initialDomain != null) {
            provenance.put("tenant.name", sections.initialDomainSource + " (the *.onmicrosoft.com accepted domain)");
            return sections.initialDomain;
        }
        if (sections.registered != null) {
            String fromUpn = sections.registered.stream().map(RegisteredUser::upn).map(FactImporter::domainOf)
                    .filter(d -> d != null && d.endsWith(".onmicrosoft.com")).sorted().findFirst().orElse(null);
            if (fromUpn != null) {
                provenance.put("tenant.name", sections.filesOf(ExportKind.USER_REGISTRATION_DETAILS) + " (a *.onmicrosoft.com user principal name)");
                return fromUpn;
            }
        }
        String senderDomain = ndrs.stream().map(n -> domainOf(n.ndr().sender())).filter(d -> d != null).findFirst().orElse(null);
        if (senderDomain != null) {
            provenance.put("tenant.name", "the domain of the bounced mail's sender; the tenant's initial domain "
                    + "(*.onmicrosoft.com) is not in the inputs: set it with --tenant");
            warnings.add("tenant.name: the inputs do not name the tenant's initial domain; used the sender's domain "
                    + senderDomain + " (set it with --tenant, or add the Get-AcceptedDomain export)");
        }
        return senderDomain;
    }

    /** --collected-at, else the newest time any input records (a bounce's date, an export's latest change). */
    private static Instant collectedAt(ImportRequest request, List<ImportedNdr> ndrs, List<ExportImport> exports,
                                       Map<String, String> provenance) {
        if (request.collectedAt() != null) {
            provenance.put("collectedAt", "given with --collected-at");
            return request.collectedAt();
        }
        Instant newest = null;
        for (ImportedNdr n : ndrs) {
            if (n.ndr().at() != null && (newest == null || n.ndr().at().isAfter(newest))) {
                newest = n.ndr().at();
                provenance.put("collectedAt", "the newest time in the inputs: " + n.source() + " (" + n.sourceOf("at").description() + ")");
            }
        }
        for (ExportImport e : exports) {
            if (e.latest() != null && (newest == null || e.latest().isAfter(newest))) {
                newest = e.latest();
                provenance.put("collectedAt", "the newest time in the inputs: " + e.source());
            }
        }
        return newest;
    }

    /**
     * Sender IP entries the fact file format refuses (an export can hold anything) are left out with a
     * warning, so that one odd value does not cost the whole file.
     */
    private static List<Connector> withoutRefusedAddresses(List<Connector> connectors, List<ExportImport> exports, List<String> warnings) {
        if (connectors == null) {
            return null;
        }
        TenantFacts probe = TenantFacts.builder(Instant.EPOCH, "probe.onmicrosoft.com").ndr(new Ndr("5.0.0", null, null, null, null, null, null))
                .connectors(connectors).build();
        Map<Integer, Set<Integer>> refused = new HashMap<>();
        for (FactProblem problem : FactsValidator.validate(probe)) {
            Matcher m = REFUSED_ADDRESS.matcher(problem.path());
            if (m.matches()) {
                refused.computeIfAbsent(Integer.valueOf(m.group(1)), k -> new HashSet<>()).add(Integer.valueOf(m.group(2)));
                Connector c = connectors.get(Integer.parseInt(m.group(1)));
                warnings.add(sourceOf(c, exports) + ": connector '" + c.name() + "': " + problem.message() + "; left out");
            }
        }
        if (refused.isEmpty()) {
            return connectors;
        }
        List<Connector> out = new ArrayList<>();
        for (int i = 0; i < connectors.size(); i++) {
            Connector c = connectors.get(i);
            Set<Integer> drop = refused.getOrDefault(i, Set.of());
            List<String> kept = new ArrayList<>();
            for (int j = 0; drop.size() > 0 && j < c.senderIpAddresses().size(); j++) {
                if (!drop.contains(j)) {
                    kept.add(c.senderIpAddresses().get(j));
                }
            }
            out.add(drop.isEmpty() ? c : new Connector(c.name(), c.direction(), c.type(), c.enabled(), c.createdAt(), c.createdBy(),
                    c.recognized(), kept, c.senderDomains(), c.tlsSenderCertificateName()));
        }
        return out;
    }

    private static String sourceOf(Connector connector, List<ExportImport> exports) {
        return exports.stream().filter(e -> e.connectors().contains(connector)).map(ExportImport::source).findFirst().orElse("an export");
    }

    private static <T> List<T> append(List<T> to, List<T> more) {
        List<T> out = to == null ? new ArrayList<>() : to;
        out.addAll(more);
        return out;
    }

    private static <T> List<T> distinctBy(List<T> list, java.util.function.Function<T, String> key) {
        if (list == null) {
            return null;
        }
        Map<String, T> seen = new LinkedHashMap<>();
        for (T t : list) {
            seen.putIfAbsent(key.apply(t), t);
        }
        return new ArrayList<>(seen.values());
    }

    static String domainOf(String address) {
        if (address == null) {
            return null;
        }
        int at = address.lastIndexOf('@');
        return at < 0 || at == address.length() - 1 ? null : address.substring(at + 1).toLowerCase(Locale.ROOT);
    }
}
