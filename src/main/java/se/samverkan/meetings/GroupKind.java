package se.samverkan.meetings;

/** The groups that meet: the steering group, the MAS/MAR group and working groups. */
public enum GroupKind {

	STEERING_GROUP, MAS_MAR, WORKING_GROUP

}
