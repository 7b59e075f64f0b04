package se.samverkan.shared;

/**
 * Nothing the caller may see has that id; the same answer whether it exists elsewhere or
 * not.
 */
public class NotFoundException extends DomainException {

	public NotFoundException() {
		super(ErrorCode.NOT_FOUND);
	}

}
