package org.redress.complaint.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.redress.complaint.Channel;

/**
 * A complaint as it is received (ISO 10002 7.2), whoever records it: the public form, a handler on
 * the phone, an ERP through the API, or the email intake. The field names are the integration
 * contract of {@code POST /api/v1/complaints}.
 */
public record NewComplaint(
    @NotNull(message = "{org.redress.validation.required}") @Valid ContactDetails complainant,
    @Valid ContactDetails representative,
    @NotNull(message = "{org.redress.validation.required}") Channel channel,
    @Size(max = 40) String category,
    @Size(max = 200) String productOrService,
    @Size(max = 100) String orderReference,
    @Size(max = 100) String lot,
    @PastOrPresent LocalDate occurredOn,
    @NotBlank @Size(max = 10000) String description,
    @Size(max = 4000) String remedySought,
    @Size(max = 4000) String immediateAction,
    @Size(max = 10) List<@NotBlank @Size(max = 100) String> personsComplainedAbout) {}
