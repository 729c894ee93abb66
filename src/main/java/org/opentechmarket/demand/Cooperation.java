package org.opentechmarket.demand;

/** Expected forms of cooperation (转让 / 许可 / 委托开发 / 合作开发 / 技术服务 / 作价投资 / 其他); a need names one or several. */
public enum Cooperation {
	TRANSFER, LICENSE, COMMISSIONED_DEVELOPMENT, JOINT_DEVELOPMENT, TECHNICAL_SERVICE, EQUITY, OTHER
}
