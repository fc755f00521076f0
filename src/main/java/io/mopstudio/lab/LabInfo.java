package io.mopstudio.lab;

import java.util.List;

/** The body of {@code GET /lab/info}; {@code service} is what {@link DemoLab#probe} looks for. */
record LabInfo(String service, String version, List<String> resources) {

    static final String SERVICE = "mop-studio-lab";
    static final String VERSION = "1";
}
