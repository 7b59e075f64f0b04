package se.samverkan.individuals.web;

import jakarta.validation.constraints.Size;

/**
 * Where the person's coordinated individual plan (SIP) is kept in the region's SIP
 * system.
 */
record SipReferenceForm(@Size(max = 200) String reference, Integer version) {

}
