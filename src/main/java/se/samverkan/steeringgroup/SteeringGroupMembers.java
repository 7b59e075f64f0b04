package se.samverkan.steeringgroup;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** The steering group's members, by staff id. */
interface SteeringGroupMembers extends ListCrudRepository<SteeringGroupMember, UUID> {

}
