package org.opentechmarket.institution;

/** What a rating or complaint is about: an organisation (transfer institution or service provider) or a broker. */
public enum SubjectKind {
	ORGANISATION, BROKER
}
