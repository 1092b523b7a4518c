// The review list shows the scenario's uncertain mentions; pinning one to a candidate is saved,
// reloaded by a fresh model and moves the mention's claims to that place; rejecting dismisses it.
import QtQuick
import QtTest
import Sitrep

Item {
    id: root
    width: 500
    height: 700
    readonly property string sidecar: "tst_reviewlist-" + Date.now() + ".jsonl"

    ControlModel { id: controlModel }
    ReviewModel {
        id: review
        control: controlModel
        sidecarPath: root.sidecar
    }
    ReviewList {
        id: list
        anchors.fill: parent
        review: review
    }
    Component {
        id: freshModel
        ReviewModel {
            control: controlModel
            sidecarPath: root.sidecar
        }
    }

    TestCase {
        name: "ReviewList"
        when: windowShown

        function findChildNamed(item, name) {
            if (item.objectName === name)
                return item
            for (let i = 0; i < item.children.length; ++i) {
                const found = findChildNamed(item.children[i], name)
                if (found)
                    return found
            }
            return null
        }

        function claimsFrom(placeId, articleId) {
            return controlModel.claimHistory(placeId).filter(c => c.articleId === articleId)
        }

        function test_pinThenReject() {
            verify(controlModel.ready, controlModel.errorString)
            compare(review.errorString, "")
            verify(review.count > 0, "the seed articles leave mentions for review")
            compare(review.storeLocation, root.sidecar)
            const view = findChildNamed(list, "reviewListView")
            compare(view.count, review.count)
            compare(findChildNamed(list, "reviewTitle").text, "Review · " + review.count + " mention(s)")

            // "Saasa" in the army officer's sentence: resolved with low confidence.
            const row = view.itemAtIndex(0)
            verify(row.confidence < review.lowConfidence)
            verify(row.sentence.indexOf(row.mentionText) >= 0)
            verify(row.candidates.length >= 2)
            const first = row.candidates[0].placeId
            const second = row.candidates[1].placeId
            const article = review.data(review.index(0, 0), ReviewModel.ArticleIdRole)
            verify(claimsFrom(first, article).length > 0, "its claims start on the resolver's choice")
            compare(claimsFrom(second, article).length, 0)

            mouseClick(findChildNamed(row, "pinButton1"))
            compare(review.errorString, "")
            tryCompare(view.itemAtIndex(0), "pinnedPlaceId", second)
            verify(findChildNamed(view.itemAtIndex(0), "pinnedTo").visible)
            verify(claimsFrom(second, article).length > 0, "the claims moved to the pinned place")
            compare(claimsFrom(first, article).length, 0)

            // A fresh model (a restart) reads the pin back from the sidecar.
            const again = createTemporaryObject(freshModel, root)
            tryVerify(() => again.count === review.count)
            compare(again.data(again.index(0, 0), ReviewModel.PinnedPlaceIdRole), second)

            const before = review.count
            mouseClick(findChildNamed(view.itemAtIndex(0), "rejectButton"))
            compare(review.count, before - 1)
            compare(claimsFrom(second, article).length, 0, "a rejected mention places nothing")
            compare(claimsFrom(first, article).length, 0)
            const third = createTemporaryObject(freshModel, root)
            tryVerify(() => third.count === before - 1)
        }
    }
}
