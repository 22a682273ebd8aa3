package drydock.workitem;

/** The persistence tests on the embedded default, H2 in PostgreSQL mode. */
class WorkItemPersistenceOnH2Test extends WorkItemPersistenceTests {

}
