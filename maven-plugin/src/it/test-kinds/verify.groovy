def it = evaluate(new File(itCommon))
String log = it.buildLog(basedir)
assert log.contains('Tests run: 10, Failures: 0, Errors: 0, Skipped: 0') : log
// Every kind of test trains as it ran, under JUnit in the training JVM: nested, repeated, dynamic, parameterized,
// Mockito's extension mocking a final class (inline mock maker), Spring's extension with a test context.
assert log.contains('training: ran 10 of 10 tests with JUnit (0 failed, 0 aborted)') : log
List<String> kinds = ['Nested', 'Repeated', 'Dynamic', 'Parameterized', 'Mocked', 'Spring'].collect { "com.example.kinds.${it}Work".toString() }
it.checkStatements(basedir, kinds + ['com.example.kinds.Shelf', 'com.example.kinds.Stocktake'],
        ['com.example.kinds.NestedKindTest', 'com.example.kinds.MockedKindTest', 'com.example.kinds.SpringKindTest'])
// each kind's own class, which only its tests load, is served from the image
it.checkImageStarts(basedir, ['target/kinds-1.0.jar'], 'com.example.kinds.ShelfMain', kinds, 'kinds: 6')
return true
