package drydock;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import javax.sql.DataSource;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;

import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package-by-feature layout of DESIGN.md, checked on the main classes. */
@AnalyzeClasses(packages = "drydock", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	private static final String[] WEB_FEATURES = { "drydock.crew..", "drydock.admin..", "drydock.security..",
			"drydock.web.." };

	@ArchTest
	static final ArchRule workItemsKnowNoPages = noClasses().that()
		.resideInAPackage("drydock.workitem..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(WEB_FEATURES)
		.because("work items are the core every feature builds on (crew and admin pages today, reports and "
				+ "notifications next); a dependency back would tie them to one page");

	@ArchTest
	static final ArchRule photosKnowNoWorkItemsOrPages = noClasses().that()
		.resideInAPackage("drydock.photo..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("drydock.workitem..", "drydock.crew..", "drydock.admin..", "drydock.security..")
		.because("the photo pipeline turns bytes into images and files; work items use it, not the other way round, "
				+ "so it can be replaced (libvips, S3) without touching them");

	@ArchTest
	static final ArchRule photosAreProcessedOnlyThroughTheIntake = noClasses().that()
		.resideOutsideOfPackage("drydock.photo..")
		.should()
		.callMethod(drydock.photo.PhotoProcessor.class, "process", String.class, byte[].class)
		.because("the intake runs photos on the photo workers, two at a time; a request thread calling the "
				+ "processor itself would skip that bound (and libvips would pin a virtual thread's carrier)");

	@ArchTest
	static final ArchRule sharedPageSupportKnowsNoPages = noClasses().that()
		.resideInAPackage("drydock.web..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("drydock.crew..", "drydock.admin..")
		.because("drydock.web is the form and layout support crew and admin pages share; "
				+ "one page's code in it would leak into the other's");

	@ArchTest
	static final ArchRule featuresDependWithoutCycles = slices().matching("drydock.(*)..")
		.should()
		.beFreeOfCycles()
		.because("a cycle between features makes them one feature that has to change together");

	@ArchTest
	static final ArchRule controllersArePackagePrivate = classes().that()
		.areAnnotatedWith(Controller.class)
		.or()
		.areAnnotatedWith(RestController.class)
		.should()
		.bePackagePrivate()
		.because("a controller is reached through its routes only; nothing else should call or extend it");

	@ArchTest
	static final ArchRule controllersStayThin = noClasses().that()
		.areAnnotatedWith(Controller.class)
		.should()
		.dependOnClassesThat()
		.areAssignableTo(Repository.class)
		.orShould()
		.dependOnClassesThat()
		.belongToAnyOf(JdbcClient.class, JdbcTemplate.class, NamedParameterJdbcTemplate.class, EntityManager.class,
				DataSource.class)
		.because("a service owns each write (transaction, history row, files) and queries own each read");

	@ArchTest
	static final ArchRule repositoriesStayWithTheirEntities = classes().that()
		.areAssignableTo(Repository.class)
		.should()
		.onlyHaveDependentClassesThat()
		.resideInAnyPackage("drydock.workitem..", "drydock.security..")
		.because("tables are read and written by the feature that owns them, through its service and queries");

	@ArchTest
	static final ArchRule entitiesLiveInTheFeatureOwningTheirTable = classes().that()
		.areAnnotatedWith(Entity.class)
		.should()
		.resideInAnyPackage("drydock.workitem..", "drydock.security..");

	@ArchTest
	static final ArchRule noVagueNames = noClasses().should()
		.haveSimpleNameEndingWith("Util")
		.orShould()
		.haveSimpleNameEndingWith("Utils")
		.orShould()
		.haveSimpleNameEndingWith("Helper")
		.orShould()
		.haveSimpleNameEndingWith("Manager")
		.because("DESIGN.md: a class is named for what it is, and lives with the feature that owns it");

}
