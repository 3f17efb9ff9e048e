package org.redress.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.redress.complaint.Channel;
import org.redress.complaint.ContactMethod;
import org.redress.complaint.command.ContactDetails;
import org.redress.complaint.command.NewComplaint;

/**
 * The fields of the ISO 10002 complaint form (annex of the standard), shared by the staff intake
 * page and the public form. It only carries what was typed; the service checks it.
 */
public class ComplaintForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Where each field of the service's input is typed in, for error messages next to it. */
  public static final Map<String, String> INPUTS =
      Map.ofEntries(
          Map.entry("complainant.name", "name"),
          Map.entry("complainant.email", "email"),
          Map.entry("complainant.phone", "phone"),
          Map.entry("complainant.organisation", "organisation"),
          Map.entry("complainant.address", "address"),
          Map.entry("complainant.preferredContact", "preferredContact"),
          Map.entry("complainant.language", "language"),
          Map.entry("representative.name", "repName"),
          Map.entry("representative.email", "repEmail"),
          Map.entry("representative.phone", "repPhone"),
          Map.entry("representative.organisation", "repOrganisation"),
          Map.entry("channel", "channel"),
          Map.entry("category", "category"),
          Map.entry("productOrService", "productOrService"),
          Map.entry("orderReference", "orderReference"),
          Map.entry("lot", "lot"),
          Map.entry("occurredOn", "occurredOn"),
          Map.entry("description", "description"),
          Map.entry("remedySought", "remedySought"),
          Map.entry("immediateAction", "immediateAction"),
          Map.entry("personsComplainedAbout", "personsComplainedAbout"));

  private String name;
  private String email;
  private String phone;
  private String organisation;
  private String address;
  private ContactMethod preferredContact;
  private String language;
  private boolean onBehalf;
  private String repName;
  private String repEmail;
  private String repPhone;
  private String repOrganisation;
  private Channel channel;
  private String category;
  private String productOrService;
  private String orderReference;
  private String lot;
  private LocalDate occurredOn;
  private String description;
  private String remedySought;
  private String immediateAction;
  private String personsComplainedAbout;

  public NewComplaint toNewComplaint(Channel channelUsed) {
    ContactDetails representative =
        onBehalf
            ? new ContactDetails(repName, repEmail, repPhone, repOrganisation, null, null, language)
            : null;
    List<String> persons =
        personsComplainedAbout == null
            ? List.of()
            : List.of(personsComplainedAbout.split("[,\\n]")).stream()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toList());
    return new NewComplaint(
        new ContactDetails(name, email, phone, organisation, address, preferredContact, language),
        representative,
        channelUsed,
        category,
        productOrService,
        orderReference,
        lot,
        occurredOn,
        description,
        remedySought,
        immediateAction,
        persons);
  }

  public ContactMethod[] getContactMethods() {
    return ContactMethod.values();
  }

  public Channel[] getChannels() {
    return Channel.values();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public ContactMethod getPreferredContact() {
    return preferredContact;
  }

  public void setPreferredContact(ContactMethod preferredContact) {
    this.preferredContact = preferredContact;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public boolean isOnBehalf() {
    return onBehalf;
  }

  public void setOnBehalf(boolean onBehalf) {
    this.onBehalf = onBehalf;
  }

  public String getRepName() {
    return repName;
  }

  public void setRepName(String repName) {
    this.repName = repName;
  }

  public String getRepEmail() {
    return repEmail;
  }

  public void setRepEmail(String repEmail) {
    this.repEmail = repEmail;
  }

  public String getRepPhone() {
    return repPhone;
  }

  public void setRepPhone(String repPhone) {
    this.repPhone = repPhone;
  }

  public String getRepOrganisation() {
    return repOrganisation;
  }

  public void setRepOrganisation(String repOrganisation) {
    this.repOrganisation = repOrganisation;
  }

  public Channel getChannel() {
    return channel;
  }

  public void setChannel(Channel channel) {
    this.channel = channel;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getProductOrService() {
    return productOrService;
  }

  public void setProductOrService(String productOrService) {
    this.productOrService = productOrService;
  }

  public String getOrderReference() {
    return orderReference;
  }

  public void setOrderReference(String orderReference) {
    this.orderReference = orderReference;
  }

  public String getLot() {
    return lot;
  }

  public void setLot(String lot) {
    this.lot = lot;
  }

  public LocalDate getOccurredOn() {
    return occurredOn;
  }

  public void setOccurredOn(LocalDate occurredOn) {
    this.occurredOn = occurredOn;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getRemedySought() {
    return remedySought;
  }

  public void setRemedySought(String remedySought) {
    this.remedySought = remedySought;
  }

  public String getImmediateAction() {
    return immediateAction;
  }

  public void setImmediateAction(String immediateAction) {
    this.immediateAction = immediateAction;
  }

  public String getPersonsComplainedAbout() {
    return personsComplainedAbout;
  }

  public void setPersonsComplainedAbout(String personsComplainedAbout) {
    this.personsComplainedAbout = personsComplainedAbout;
  }
}
