package se.samverkan.evaluation;

import java.util.List;
import java.util.UUID;

/**
 * An evaluation's results (R16): per question the average, how many gave each score and
 * the comments, never who gave them.
 */
public record EvaluationResults(UUID id, int year, int responses, List<QuestionResult> questions, int version) {

	/** One question's results; {@code distribution[s-1]} answers gave score {@code s}. */
	public record QuestionResult(String questionId, int answers, double average, List<Integer> distribution,
			List<String> comments) {

		/** The share of answers with each score, in whole per cent. */
		public List<Integer> percentages() {
			return this.distribution.stream()
				.map((n) -> (this.answers == 0) ? 0 : Math.round(n * 100f / this.answers))
				.toList();
		}

	}

}
