package org.mailblock.load;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;

/** Plugs the fact file deserializers into Jackson. */
final class FactModule extends Module {

    @Override
    public String getModuleName() {
        return "mailblock-facts";
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public void setupModule(SetupContext context) {
        context.addDeserializers(new FactDeserializers());
    }
}
