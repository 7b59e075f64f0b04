/**
 * The pages about individuals: finding and registering persons, the person page with its
 * timeline, the consent, intervention and contact forms, and the transition list. Every
 * rule and every read is {@link se.samverkan.individuals.IndividualsManagement}'s.
 */
package se.samverkan.individuals.web;
