package io.mopstudio.model;

import java.util.List;

/** The optional, MOP-wide parts beyond the seed's schema: a description, inputs, snapshots, validation timing. */
public record MopExtras(String description, List<Input> inputs, List<Snapshot> snapshots,
        ValidationSettings validationSettings) {

    public static final MopExtras NONE = new MopExtras("", List.of(), List.of(), ValidationSettings.NONE);

    public MopExtras {
        inputs = List.copyOf(inputs);
        snapshots = List.copyOf(snapshots);
    }
}
