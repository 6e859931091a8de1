package org.usertasks;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The feature packages depend on each other one way only, as the house style lays out:
 * {@code system} serves everyone and uses no feature; {@code identity} uses only
 * {@code system}; {@code task} knows none of the features built on it; and no two
 * features need each other.
 */
class ModularityTests {

	private static final String ALL = "org.usertasks..";

	private static final String SYSTEM = "org.usertasks.system..";

	private static final String IDENTITY = "org.usertasks.identity..";

	private static final String TASK = "org.usertasks.task..";

	/** Features built on tasks, which {@code task} must not know. */
	private static final String[] BUILT_ON_TASKS = { "org.usertasks.comment..", "org.usertasks.attachment..",
			"org.usertasks.webhook..", "org.usertasks.inbox.." };

	private static JavaClasses production;

	@BeforeAll
	static void importProductionClasses() {
		production = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
			.importPackages("org.usertasks");
	}

	@Test
	void systemDependsOnNoFeature() {
		noClasses().that()
			.resideInAPackage(SYSTEM)
			.should()
			.dependOnClassesThat(resideInAPackage(ALL).and(resideOutsideOfPackages(SYSTEM)))
			.because("system is the cross-cutting base that every feature may use")
			.check(production);
	}

	@Test
	void identityDependsOnlyOnSystem() {
		noClasses().that()
			.resideInAPackage(IDENTITY)
			.should()
			.dependOnClassesThat(resideInAPackage(ALL).and(resideOutsideOfPackages(IDENTITY, SYSTEM)))
			.because("every feature asks identity who is calling, so it can know none of them")
			.check(production);
	}

	@Test
	void taskKnowsNoFeatureBuiltOnIt() {
		noClasses().that()
			.resideInAPackage(TASK)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(BUILT_ON_TASKS)
			.because("comments, attachments, webhooks and the inbox react to tasks; tasks never call them")
			.check(production);
	}

	@Test
	void featuresHaveNoDependencyCycles() {
		slices().matching("org.usertasks.(*)..").should().beFreeOfCycles().check(production);
	}

}
