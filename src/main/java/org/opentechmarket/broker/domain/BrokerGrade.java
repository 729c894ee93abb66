package org.opentechmarket.broker.domain;

/** Grades of the national training outline (domain/people.md): 初级技术经纪人, 中级技术经纪人, 高级技术经理人. */
public enum BrokerGrade {
	JUNIOR, INTERMEDIATE, SENIOR;

	/** Intermediate and senior grades carry a certificate number (domain/people.md §Brokers). */
	public boolean requiresCertificate() {
		return this != JUNIOR;
	}
}
