/** The steering group's page. */
package se.samverkan.steeringgroup.web;
