package org.opentechmarket.trading;

/** 独占 (exclusive: not even the licensor uses it) / 排他 (sole: licensor and licensee only) / 普通 (ordinary). */
public enum LicenceMode {
	EXCLUSIVE, SOLE, ORDINARY
}
