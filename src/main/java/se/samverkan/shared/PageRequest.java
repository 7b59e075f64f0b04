package se.samverkan.shared;

import java.util.function.LongSupplier;

/**
 * Which page of a list to read: zero-based {@code page}, {@code size} at most
 * {@value #MAX_SIZE}.
 */
public record PageRequest(int page, int size) {

	public static final int MAX_SIZE = 200;

	public static final int DEFAULT_SIZE = 50;

	public PageRequest {
		if (page < 0) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.page-invalid");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new DomainException(ErrorCode.VALIDATION_FAILED, "error.size-invalid", MAX_SIZE);
		}
	}

	public static PageRequest of(Integer page, Integer size) {
		return new PageRequest((page != null) ? page : 0, (size != null) ? size : DEFAULT_SIZE);
	}

	public long offset() {
		return (long) this.page * this.size;
	}

	/**
	 * The total of a list of which this page read {@code read} items: known without a
	 * count when the first page is not full, else counted.
	 */
	public long total(int read, LongSupplier counted) {
		return (this.page == 0 && read < this.size) ? read : counted.getAsLong();
	}

}
