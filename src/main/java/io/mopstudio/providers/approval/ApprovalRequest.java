package io.mopstudio.providers.approval;

import java.util.List;

/** What a person is asked to approve: who may decide ({@code approvers}, people or group names) and why. */
public record ApprovalRequest(List<String> approvers, String reason) {

    public ApprovalRequest {
        approvers = List.copyOf(approvers);
    }
}
