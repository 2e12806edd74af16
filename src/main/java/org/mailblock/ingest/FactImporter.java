package org.mailblock.ingest;

import org.mailblock.ingest.bounce.BounceImport;
import org.mailblock.ingest.bounce.BounceReader;
import org.mailblock.ingest.export.DirectorySubscription;
import org.mailblock.ingest.export.ExportImport;
import org.mailblock.ingest.export.ExportKind;
import org.mailblock.ingest.export.ExportReader;
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
import org.mailblock.facts.Ndr;
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
        Map<String, List<String>> namedTenants = new LinkedHashMap<>();

        List<Path> bounceFiles = expand(request.bounces(), p -> true, problems, warnings);
        int done = 0;
        int read = 0;
        for (Path file : bounceFiles) {
            if (readBounce(file.toString(), () -> bounceReader.read(file), ndrs, namedTenants, problems, warnings)) {
                read++;
            }
            progress.read(++done, bounceFiles.size());
        }
        List<Path> exportFiles = expand(request.exports(),
                p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"), problems, warnings);
        Map<String, ExportKind> collected = CollectorRun.collectedFiles(exportFiles, exportReader);
        for (Path file : exportFiles) {
            try {
                ExportImport export = exportReader.read(file, collected.get(file.getFileName().toString().toLowerCase(Locale.ROOT)));
                exports.add(export);
                export.notes().forEach(n -> warnings.add(export.source() + ": " + n));
            } catch (InputException e) {
                problems.add(e.problem());
            }
        }
        return merge(request, new Inputs(ndrs, exports, namedTenants, bounceFiles.size(), read), problems, warnings);
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
        Map<String, List<String>> namedTenants = new LinkedHashMap<>();
        int read = 0;
        for (BounceInput message : messages) {
            if (readBounce(message.source(), () -> bounceReader.read(message.source(), message.bytes()), ndrs, namedTenants, problems,
                    warnings)) {
                read++;
            }
        }
        return merge(new ImportRequest(List.of(), List.of(), collectedAt, tenantName),
                new Inputs(ndrs, List.of(), namedTenants, messages.size(), read), problems, warnings);
    }

    /** Reading one bounce message, which may fail. */
    @FunctionalInterface
    private interface BounceRead {
        BounceImport read() throws InputException;
    }

    /** Reads one bounce into {@code ndrs}, noting the tenant it names; false when it could not be read at all. */
    private static boolean readBounce(String source, BounceRead read, List<ImportedNdr> ndrs, Map<String, List<String>> namedTenants,
                                      List<InputProblem> problems, List<String> warnings) {
        try {
            BounceImport bounce = read.read();
            ndrs.addAll(bounce.ndrs());
            bounce.warnings().forEach(w -> warnings.add(bounce.source() + ": " + w));
            if (bounce.tenantName() != null) {
                namedTenants.computeIfAbsent(bounce.tenantName(), k -> new ArrayList<>())
                        .add(bounce.source() + " (" + bounce.tenantNameSource() + ")");
            }
            return true;
        } catch (InputException e) {
            problems.add(e.problem());
        } catch (RuntimeException unexpected) {
            // one message that breaks the reader must not cost the thousands beside it
            problems.add(InputProblem.of(source, "could not be read (" + unexpected.getClass().getSimpleName() + "); skipped"));
        }
        return false;
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

    /**
     * What the inputs gave, before merging.
     *
     * @param namedTenants the tenant names bounces carry, each with the bounces (and addresses) that name it, in reading order
     * @param bouncesRead  how many of the bounce files named could be read at all
     */
    private record Inputs(List<ImportedNdr> ndrs, List<ExportImport> exports, Map<String, List<String>> namedTenants, int bounceCount,
                          int bouncesRead) {
    }

    /** Why no NDR came in: the user who did name bounce messages must not be told to name them. */
    private static String whyNoNdr(int bouncesNamed, int bouncesRead) {
        if (bouncesNamed == 0) {
            return "name bounce messages with 'ndr'";
        }
        return bouncesRead == 0 ? "none of the bounce messages named could be read (see above)"
                : "the bounce messages read hold no NDR (see above)";
    }

    private static ImportResult merge(ImportRequest request, Inputs inputs, List<InputProblem> problems, List<String> warnings) {
        List<ImportedNdr> ndrs = inputs.ndrs();
        List<ExportImport> exports = inputs.exports();
        int bounceCount = inputs.bounceCount();
        Map<String, String> provenance = new HashMap<>();
        ExportSections sections = new ExportSections(exports);
        sections.files.forEach((kind, files) -> provenance.put("exports." + kind, String.join(", ", files)));
        CollectorRun.report(sections, exports, warnings);

        List<Admin> admins = ImportedAdmins.of(sections, warnings);
        List<User> users = ImportedUsers.of(sections, ndrs, warnings);
        Subscription subscription = null;
        Boolean trial = null;
        if (sections.subscriptions != null) {
            SubscriptionStatus status = subscriptionStatus(sections.subscriptions);
            Long licenses = ImportedLicenses.purchased(sections, warnings);
            // Graph keeps no history: when the subscription expired or was renewed is not in the export
            subscription = status == null && licenses == null ? null : new Subscription(status, null, null, licenses);
            trial = trial(sections.subscriptions);
            if (trial != null) {
                provenance.put("tenant.trial", sections.filesOf(ExportKind.DIRECTORY_SUBSCRIPTIONS) + " (IsTrial of the subscriptions not deleted)");
            }
        }
        Instant tenantCreatedAt = sections.organization == null ? null : sections.organization.createdAt();
        if (tenantCreatedAt != null) {
            provenance.put("tenant.createdAt", sections.filesOf(ExportKind.ORGANIZATION) + " (CreatedDateTime)");
        }

        List<String> blockers = new ArrayList<>();
        String tenantName = tenantName(request, sections, inputs.namedTenants(), provenance, warnings, blockers);
        Instant collectedAt = collectedAt(request, ndrs, exports, provenance);
        if (tenantName != null) {
            senderDomains(tenantName, ndrs, provenance, warnings);
        }

        if (ndrs.isEmpty()) {
            blockers.add("no NDR could be imported, and a fact file needs at least one: " + whyNoNdr(inputs.bounceCount(), inputs.bouncesRead()));
        } else {
            if (tenantName == null && blockers.isEmpty()) {
                blockers.add(noTenantName(ndrs));
            }
            if (collectedAt == null) {
                blockers.add("no input carries a date: give the collection time with --collected-at (for example 2026-11-20T10:00:00Z)");
            }
        }
        if (!blockers.isEmpty()) {
            return new ImportResult(null, ndrs, exports, problems, warnings, blockers, provenance, bounceCount);
        }

        TenantFacts.Builder builder = TenantFacts.builder(collectedAt, tenantName)
                .tenant(new Tenant(tenantName, trial, tenantCreatedAt, null))
                .sendingDomains(ImportedSendingDomains.of(sections, tenantName, ndrs, warnings))
                .acceptedDomains(verified(sections))
                .connectors(withoutRefusedAddresses(ImportedConnectors.of(sections, warnings), exports, warnings))
                .admins(admins)
                .users(users)
                .subscription(subscription)
                .outboundSpamPolicies(sections.spamPolicies)
                .limitsEnforcementStatus(sections.limits);
        ndrs.forEach(n -> builder.ndr(n.ndr()));
        return new ImportResult(builder.build(), ndrs, exports, problems, warnings, blockers, provenance, bounceCount);
    }

    /** The accepted domains, verified where Get-MgOrganization lists them among the verified domains. */
    private static List<AcceptedDomain> verified(ExportSections sections) {
        if (sections.acceptedDomains == null || sections.organization == null) {
            return sections.acceptedDomains;
        }
        // a domain the organization does not list may still be verified under another spelling: it stays unknown
        return sections.acceptedDomains.stream().map(d -> sections.organization.verifiedDomains().contains(d.name().toLowerCase(Locale.ROOT))
                ? new AcceptedDomain(d.name(), d.type(), Boolean.TRUE, d.isDefault()) : d).toList();
    }

    static List<DirectorySubscription> notDeleted(List<DirectorySubscription> subscriptions) {
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

    /**
     * --tenant; else the *.onmicrosoft.com accepted domain or UPN of the exports; else the *.onmicrosoft.com name the
     * bounces carry. Never a sender's own domain: contoso.com says nothing of which tenant sends for it. Bounces that
     * name more than one tenant give none (a blocker says which), as their mail cannot be one tenant's.
     */
    private static String tenantName(ImportRequest request, ExportSections sections, Map<String, List<String>> namedTenants,
                                     Map<String, String> provenance, List<String> warnings, List<String> blockers) {
        if (request.tenantName() != null) {
            provenance.put("tenant.name", "given with --tenant");
            return request.tenantName();
        }
        String fromExports = null;
        if (sections.initialDomain != null) {
            provenance.put("tenant.name", sections.initialDomainSource + " (the *.onmicrosoft.com accepted domain)");
            fromExports = sections.initialDomain;
        } else if (sections.registered != null) {
            fromExports = sections.registered.stream().map(RegisteredUser::upn).map(FactImporter::domainOf)
                    .filter(d -> d != null && d.endsWith(".onmicrosoft.com")).sorted().findFirst().orElse(null);
            if (fromExports != null) {
                provenance.put("tenant.name", sections.filesOf(ExportKind.USER_REGISTRATION_DETAILS) + " (a *.onmicrosoft.com user principal name)");
            }
        }
        if (fromExports != null) {
            for (Map.Entry<String, List<String>> named : namedTenants.entrySet()) {
                if (!named.getKey().equals(fromExports)) {
                    warnings.add(named.getValue().get(0) + ": names the tenant " + named.getKey() + ", but the exports are of "
                            + fromExports + "; this bounce may be another tenant's");
                }
            }
            return fromExports;
        }
        if (namedTenants.size() > 1) {
            List<String> each = new ArrayList<>();
            namedTenants.forEach((name, where) -> each.add(name + " (" + where.get(0) + (where.size() > 1 ? " and " + (where.size() - 1) + " more" : "") + ")"));
            blockers.add("the bounces name " + namedTenants.size() + " tenants: " + String.join("; ", each)
                    + ". Import each tenant's bounces apart, or give the one meant with --tenant");
            return null;
        }
        if (namedTenants.size() == 1) {
            Map.Entry<String, List<String>> only = namedTenants.entrySet().iterator().next();
            List<String> where = only.getValue();
            provenance.put("tenant.name", where.get(0) + (where.size() > 1 ? " and " + (where.size() - 1) + " more bounce(s)" : ""));
            return only.getKey();
        }
        return null;
    }

    /** Why no name was found, and what to do; the senders' domains are named as what the name is not. */
    private static String noTenantName(List<ImportedNdr> ndrs) {
        List<String> domains = ndrs.stream().map(n -> domainOf(n.ndr().sender())).filter(d -> d != null).distinct().sorted().toList();
        String senders = domains.isEmpty() ? "" : " (the bounced mail was sent from " + listed(domains)
                + (domains.size() == 1 ? ", a domain" : ", domains") + " the tenant uses, not its name)";
        return "the tenant's name, its *.onmicrosoft.com domain, is in none of the inputs" + senders
                + ": give it with --tenant (for example contoso.onmicrosoft.com), or add the Get-AcceptedDomain export"
                + " (mailblock collector writes it)";
    }

    /**
     * Bounces of mail sent from several domains are merged as one tenant's; that is said on standard error and in the
     * file, naming the domains, so that bounces of another tenant mixed in by mistake are seen.
     */
    private static void senderDomains(String tenantName, List<ImportedNdr> ndrs, Map<String, String> provenance, List<String> warnings) {
        List<String> domains = ndrs.stream().map(n -> domainOf(n.ndr().sender())).filter(d -> d != null && !d.equals(tenantName))
                .distinct().sorted().toList();
        if (domains.size() > 1) {
            provenance.put("ndrs", "mail sent from " + domains.size() + " domains, merged as the one tenant " + tenantName + ": "
                    + listed(domains));
            warnings.add("the bounces are of mail sent from " + domains.size() + " domains (" + listed(domains)
                    + "), all imported as the one tenant " + tenantName
                    + "; if some belong to another tenant, import each tenant's bounces apart");
        }
    }

    /** At most ten names, then how many more: a folder of bounces can name hundreds. */
    private static String listed(List<String> names) {
        if (names.size() <= 10) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, 10)) + " and " + (names.size() - 10) + " more";
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

    static String domainOf(String address) {
        if (address == null) {
            return null;
        }
        int at = address.lastIndexOf('@');
        return at < 0 || at == address.length() - 1 ? null : address.substring(at + 1).toLowerCase(Locale.ROOT);
    }
}
