// Picks the source lens the map shows: all sources, agreement of two outlets, one side's own
// claims, one outlet, or only where sources disagree.
import QtQuick
import QtQuick.Controls
import Sitrep

ComboBox {
    id: root
    required property ControlModel control
    objectName: "lensPicker"
    font.family: "DejaVu Sans"
    font.pixelSize: 12
    model: control.lenses
    currentIndex: Math.max(0, control.lenses.indexOf(control.lens))
    displayText: describe(currentText)
    onActivated: index => control.lens = control.lenses[index]

    function describe(lens) {
        if (lens === "latest") return qsTr("All sources, latest claim")
        if (lens === "consensus") return qsTr("Confirmed by two outlets")
        if (lens === "contested") return qsTr("Contested only")
        if (lens === "side:opposition") return qsTr("Opposition's own claims")
        if (lens === "side:government") return qsTr("Government's own claims")
        if (lens === "side:independent") return qsTr("Independent sources")
        if (lens.startsWith("outlet:")) return qsTr("Outlet: ") + lens.substring(7)
        return lens
    }

    delegate: ItemDelegate {
        required property string modelData
        required property int index
        width: root.popup.width
        text: root.describe(modelData)
        font: root.font
        highlighted: root.highlightedIndex === index
    }
}
