package org.mailblock.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.mailblock.engine.RuleInfo;
import org.mailblock.engine.Version;
import org.mailblock.load.FactFileSchema;
import org.mailblock.report.DiagnosisSchema;

/** The answers of the read-only endpoints: info, rules, schemas, OpenAPI description, health and readiness. */
final class ServiceDocuments {

    /** Where the OpenAPI description travels in the jar (the repository's {@code schema/openapi-v1.yaml}). */
    static final String OPENAPI_RESOURCE = "mailblock-schema/openapi-v1.yaml";

    private ServiceDocuments() {
    }

    /** {@code GET /v1/info}: the version, and the rules that serve and since when. */
    static Answer info(RulesState state, boolean watching) {
        ObjectNode o = ApiJson.object();
        o.put("name", "mailblock");
        o.put("version", Version.current());
        o.put("ready", state instanceof RulesState.Ready);
        if (state instanceof RulesState.Ready ready) {
            LoadedRules r = ready.rules();
            o.put("rulesHash", r.engine().info().rulesHash());
            o.put("loadedAt", r.loadedAt().toString());
            o.put("rules", r.folder() == null ? "packaged" : r.folder().toString());
            ArrayNode languages = o.putArray("languages");
            r.bundles().languages().forEach(languages::add);
        } else {
            o.put("rules", "none compiled");
        }
        o.put("watching", watching);
        return Answer.json(200, ApiJson.write(o));
    }

    /** {@code GET /v1/rules}: every rule with its metadata, in file and line order; 503 without rules. */
    static Answer rules(RulesState state) {
        if (state instanceof RulesState.Broken broken) {
            return ApiJson.rulesBroken(broken.problems());
        }
        LoadedRules r = ((RulesState.Ready) state).rules();
        ObjectNode o = ApiJson.object();
        o.put("rulesHash", r.engine().info().rulesHash());
        ArrayNode list = o.putArray("rules");
        for (RuleInfo rule : r.engine().rules()) {
            ObjectNode item = list.addObject();
            item.put("id", rule.id());
            item.put("name", rule.name());
            ArrayNode codes = item.putArray("codes");
            rule.codes().forEach(codes::add);
            item.put("file", rule.file());
            item.put("line", rule.line());
        }
        return Answer.json(200, ApiJson.write(o));
    }

    /** {@code GET /v1/schema}: the fact file schema, as {@code mailblock schema} prints it. */
    static Answer factSchema() {
        return Answer.text(200, "application/schema+json", FactFileSchema.text());
    }

    /** {@code GET /v1/schema/diagnosis}: the Diagnosis schema, the contract of the JSON answer. */
    static Answer diagnosisSchema() {
        return Answer.text(200, "application/schema+json", DiagnosisSchema.text());
    }

    /** {@code GET /v1/openapi}: this API's OpenAPI description. */
    static Answer openApi() {
        return Answer.text(200, "application/yaml", openApiText());
    }

    /** The OpenAPI description as packaged. */
    static String openApiText() {
        try (InputStream in = ServiceDocuments.class.getClassLoader().getResourceAsStream(OPENAPI_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(OPENAPI_RESOURCE + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code GET /healthz}: the process answers. */
    static Answer health() {
        ObjectNode o = ApiJson.object();
        o.put("status", "alive");
        return Answer.json(200, ApiJson.write(o));
    }

    /** {@code GET /readyz}: 200 when a rule base serves, 503 with its problems when none compiled. */
    static Answer readiness(RulesState state) {
        if (state instanceof RulesState.Broken broken) {
            return ApiJson.rulesBroken(broken.problems());
        }
        ObjectNode o = ApiJson.object();
        o.put("status", "ready");
        o.put("rulesHash", ((RulesState.Ready) state).rules().engine().info().rulesHash());
        return Answer.json(200, ApiJson.write(o));
    }
}
