package io.mopstudio.audit.report;

import io.mopstudio.audit.RunTimeline;
import io.mopstudio.model.GraphKind;
import io.mopstudio.model.Mop;
import io.mopstudio.yaml.MopLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The report's pictures of a run: its graphs as they ended, drawn from the MOP text stored with
 * the run (what ran, not today's file), and its timeline.
 */
final class RunPictures {

    private RunPictures() {
    }

    static List<ReportBlock> of(RunTimeline timeline, String mopText) {
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new ReportBlock.Heading("Graph as the run ended"));
        Optional<Mop> mop = new MopLoader().parse(mopText, "MOP stored with the run").value();
        if (mop.isEmpty()) {
            blocks.add(new ReportBlock.Paragraph("The MOP text stored with this run cannot be read as a MOP, so its"
                    + " graph cannot be drawn; the tables below list every step and check."));
        } else {
            FinalStates states = FinalStates.of(timeline);
            for (GraphKind kind : GraphKind.values()) {
                String svg = GraphPicture.of(mop.get(), kind, states);
                if (!svg.isEmpty()) {
                    blocks.add(new ReportBlock.Picture((kind == GraphKind.EXECUTION
                            ? "Execution graph with its pre-checks (before) and validation checks (after)"
                            : "Rollback graph") + "; fill: green succeeded or passed, red failed, amber warned,"
                            + " grey skipped or cancelled, blue never ended, white dashed not run.", svg));
                }
            }
        }
        blocks.add(new ReportBlock.Heading("Timeline"));
        blocks.add(new ReportBlock.Picture("Each step attempt is a bar (#attempt and how it ended), each check"
                + " sample a tick; purple lines mark approvals, interventions, the rollback and the end. Times"
                + " from the run's first event.", TimelinePicture.of(timeline)));
        return blocks;
    }
}
