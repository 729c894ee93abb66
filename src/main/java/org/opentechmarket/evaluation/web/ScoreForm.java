package org.opentechmarket.evaluation.web;

import java.util.ArrayList;
import java.util.List;

import org.opentechmarket.evaluation.domain.Recommendation;

/** The score form: one 0–100 score per criterion (in the review's order), a recommendation and comments. */
public class ScoreForm {

	private List<Integer> scores = new ArrayList<>();
	private Recommendation recommendation;
	private String comments;

	public List<Integer> getScores() {
		return scores;
	}

	public void setScores(List<Integer> scores) {
		this.scores = scores;
	}

	public Recommendation getRecommendation() {
		return recommendation;
	}

	public void setRecommendation(Recommendation recommendation) {
		this.recommendation = recommendation;
	}

	public String getComments() {
		return comments;
	}

	public void setComments(String comments) {
		this.comments = comments;
	}
}
