package drydock.workitem;

/** The photo file check on the embedded default, H2. */
class PhotoFileCheckOnH2Test extends PhotoFileCheckTests {

}
